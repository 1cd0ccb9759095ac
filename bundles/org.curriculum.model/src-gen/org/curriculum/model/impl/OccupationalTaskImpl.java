/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;

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
 * An implementation of the model object '<em><b>Occupational Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.OccupationalTaskImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalTaskImpl#getProductOrService <em>Product Or Service</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalTaskImpl#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalTaskImpl#getContexts <em>Contexts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccupationalTaskImpl extends MappableItemImpl implements OccupationalTask {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductOrService() <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductOrService()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_OR_SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductOrService() <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductOrService()
	 * @generated
	 * @ordered
	 */
	protected String productOrService = PRODUCT_OR_SERVICE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected EList<OccupationalResponsibility> responsibilities;

	/**
	 * The cached value of the '{@link #getContexts() <em>Contexts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContexts()
	 * @generated
	 * @ordered
	 */
	protected EList<OccupationalContext> contexts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccupationalTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.OCCUPATIONAL_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_TASK__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductOrService() {
		return productOrService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductOrService(String newProductOrService) {
		String oldProductOrService = productOrService;
		productOrService = newProductOrService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE, oldProductOrService, productOrService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccupationalResponsibility> getResponsibilities() {
		if (responsibilities == null) {
			responsibilities = new EObjectContainmentEList<OccupationalResponsibility>(OccupationalResponsibility.class, this, CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES);
		}
		return responsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccupationalContext> getContexts() {
		if (contexts == null) {
			contexts = new EObjectContainmentEList<OccupationalContext>(OccupationalContext.class, this, CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS);
		}
		return contexts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES:
				return ((InternalEList<?>)getResponsibilities()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS:
				return ((InternalEList<?>)getContexts()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.OCCUPATIONAL_TASK__NUMBER:
				return getNumber();
			case CurriculumPackage.OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE:
				return getProductOrService();
			case CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES:
				return getResponsibilities();
			case CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS:
				return getContexts();
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
			case CurriculumPackage.OCCUPATIONAL_TASK__NUMBER:
				setNumber((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE:
				setProductOrService((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES:
				getResponsibilities().clear();
				getResponsibilities().addAll((Collection<? extends OccupationalResponsibility>)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS:
				getContexts().clear();
				getContexts().addAll((Collection<? extends OccupationalContext>)newValue);
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
			case CurriculumPackage.OCCUPATIONAL_TASK__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE:
				setProductOrService(PRODUCT_OR_SERVICE_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES:
				getResponsibilities().clear();
				return;
			case CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS:
				getContexts().clear();
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
			case CurriculumPackage.OCCUPATIONAL_TASK__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CurriculumPackage.OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE:
				return PRODUCT_OR_SERVICE_EDEFAULT == null ? productOrService != null : !PRODUCT_OR_SERVICE_EDEFAULT.equals(productOrService);
			case CurriculumPackage.OCCUPATIONAL_TASK__RESPONSIBILITIES:
				return responsibilities != null && !responsibilities.isEmpty();
			case CurriculumPackage.OCCUPATIONAL_TASK__CONTEXTS:
				return contexts != null && !contexts.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", productOrService: ");
		result.append(productOrService);
		result.append(')');
		return result.toString();
	}

} //OccupationalTaskImpl
