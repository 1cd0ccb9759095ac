/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.KnowledgeItem;
import org.curriculum.model.PerformanceCriterion;
import org.curriculum.model.StandardElement;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.StandardElementImpl#getPerformanceCriteria <em>Performance Criteria</em>}</li>
 *   <li>{@link org.curriculum.model.impl.StandardElementImpl#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardElementImpl extends MappableItemImpl implements StandardElement {
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
	protected StandardElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.STANDARD_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceCriterion> getPerformanceCriteria() {
		if (performanceCriteria == null) {
			performanceCriteria = new EObjectContainmentEList<PerformanceCriterion>(PerformanceCriterion.class, this, CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA);
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
			knowledgeItems = new EObjectContainmentEList<KnowledgeItem>(KnowledgeItem.class, this, CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS);
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
			case CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA:
				return ((InternalEList<?>)getPerformanceCriteria()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS:
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
			case CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA:
				return getPerformanceCriteria();
			case CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS:
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
			case CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA:
				getPerformanceCriteria().clear();
				getPerformanceCriteria().addAll((Collection<? extends PerformanceCriterion>)newValue);
				return;
			case CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS:
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
			case CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA:
				getPerformanceCriteria().clear();
				return;
			case CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS:
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
			case CurriculumPackage.STANDARD_ELEMENT__PERFORMANCE_CRITERIA:
				return performanceCriteria != null && !performanceCriteria.isEmpty();
			case CurriculumPackage.STANDARD_ELEMENT__KNOWLEDGE_ITEMS:
				return knowledgeItems != null && !knowledgeItems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StandardElementImpl
