/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.KnowledgeItem;
import org.curriculum.model.PerformanceCriterion;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.StandardImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.impl.StandardImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.curriculum.model.impl.StandardImpl#getPerformanceCriteria <em>Performance Criteria</em>}</li>
 *   <li>{@link org.curriculum.model.impl.StandardImpl#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardImpl extends MappableItemImpl implements Standard {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected Integer level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<StandardElement> elements;

	/**
	 * The cached value of the '{@link #getPerformanceCriteria() <em>Performance Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformanceCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<PerformanceCriterion> performanceCriteria;

	/**
	 * The cached value of the '{@link #getKnowledgeItems() <em>Knowledge Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledgeItems()
	 * @generated
	 * @ordered
	 */
	protected EList<KnowledgeItem> knowledgeItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.STANDARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(Integer newLevel) {
		Integer oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.STANDARD__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StandardElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<StandardElement>(StandardElement.class, this, CurriculumPackage.STANDARD__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceCriterion> getPerformanceCriteria() {
		if (performanceCriteria == null) {
			performanceCriteria = new EObjectContainmentEList<PerformanceCriterion>(PerformanceCriterion.class, this, CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA);
		}
		return performanceCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnowledgeItem> getKnowledgeItems() {
		if (knowledgeItems == null) {
			knowledgeItems = new EObjectContainmentEList<KnowledgeItem>(KnowledgeItem.class, this, CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS);
		}
		return knowledgeItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.STANDARD__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA:
				return ((InternalEList<?>)getPerformanceCriteria()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS:
				return ((InternalEList<?>)getKnowledgeItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.STANDARD__LEVEL:
				return getLevel();
			case CurriculumPackage.STANDARD__ELEMENTS:
				return getElements();
			case CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA:
				return getPerformanceCriteria();
			case CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS:
				return getKnowledgeItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.STANDARD__LEVEL:
				setLevel((Integer)newValue);
				return;
			case CurriculumPackage.STANDARD__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends StandardElement>)newValue);
				return;
			case CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA:
				getPerformanceCriteria().clear();
				getPerformanceCriteria().addAll((Collection<? extends PerformanceCriterion>)newValue);
				return;
			case CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS:
				getKnowledgeItems().clear();
				getKnowledgeItems().addAll((Collection<? extends KnowledgeItem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.STANDARD__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case CurriculumPackage.STANDARD__ELEMENTS:
				getElements().clear();
				return;
			case CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA:
				getPerformanceCriteria().clear();
				return;
			case CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS:
				getKnowledgeItems().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.STANDARD__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case CurriculumPackage.STANDARD__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case CurriculumPackage.STANDARD__PERFORMANCE_CRITERIA:
				return performanceCriteria != null && !performanceCriteria.isEmpty();
			case CurriculumPackage.STANDARD__KNOWLEDGE_ITEMS:
				return knowledgeItems != null && !knowledgeItems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //StandardImpl
